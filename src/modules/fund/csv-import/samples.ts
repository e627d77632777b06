/**
 * Processor exports as the processors write them (columns trimmed to the usual ones), for tests and
 * the benchmark. Card columns are there on purpose: the import must never keep them.
 */

const STRIPE_HEADER =
  'id,Created (UTC),Amount,Amount Refunded,Currency,Captured,Converted Amount,Fee,Status,Customer Description,Customer Email,Card ID,Card Last4,Card Brand,Card Exp Month,Card Exp Year,Card Name,Card Fingerprint';

/** Two paid, one failed, one partly refunded ($100, $40 back). */
export const STRIPE_EXPORT = [
  STRIPE_HEADER,
  'ch_3PqX1,2026-01-20 14:03:22,25.00,0.00,usd,true,25.00,1.03,Paid,Maria G.,maria@example.org,card_1Abc,4242,Visa,12,2028,Maria Gonzalez,Xt5EWLLDS7FJjR1c',
  'ch_3PqX2,2026-01-21 09:10:00,"1,234.50",0.00,usd,true,"1,234.50",36.10,Paid,,,card_1Abd,0005,Amex,1,2029,,AbCdEf123',
  'ch_3PqX3,2026-01-21 10:00:00,50.00,0.00,usd,false,50.00,0.00,Failed,Tou V.,tou@example.org,card_1Abe,0002,Visa,3,2027,Tou Vang,QqQq',
  'ch_3PqX4,2026-01-22 11:00:00,100.00,40.00,usd,true,100.00,3.20,Partially refunded,,,card_1Abf,1881,Visa,5,2030,,ZzZz',
].join('\r\n');

/** The same export a week later: the last payment has been refunded in full. */
export const STRIPE_EXPORT_LATER = STRIPE_EXPORT.replace(
  '100.00,40.00,usd,true,100.00,3.20,Partially refunded',
  '100.00,100.00,usd,true,100.00,3.20,Refunded',
);

const PAYPAL_HEADER =
  '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","From Email Address","To Email Address","Transaction ID","Reference Txn ID","Balance"';

/** Newest first, as PayPal lists it: a refund before the payment it refunds, a withdrawal, a pending payment. */
export const PAYPAL_EXPORT = [
  PAYPAL_HEADER,
  '"1/24/2026","09:00:00","CST","Pa Nhia X.","Donation Payment","Pending","USD","15.00","-0.74","14.26","pa@example.org","fund@example.org","3XK12345AB6789012","","0.00"',
  '"1/23/2026","11:00:00","CST","","General Withdrawal","Completed","USD","-500.00","0.00","-500.00","","","1AB23456CD7890123","","0.00"',
  '"1/23/2026","10:15:00","CST","Luz M.","Payment Refund","Completed","USD","-10.00","0.37","-9.63","fund@example.org","luz@example.org","5TY05013RG002845M","8MC585209K746392H","490.37"',
  '"1/22/2026","10:15:00","CST","Luz M.","Donation Payment","Completed","USD","40.00","-1.47","38.53","luz@example.org","fund@example.org","8MC585209K746392H","","500.00"',
  '"1/22/2026","08:00:00","CST","Hodan A.","Donation Payment","Completed","USD","1,000.00","-29.30","970.70","hodan@example.org","fund@example.org","9ZZ11111AA2222333","","461.47"',
  '"1/21/2026","08:00:00","CST","Someone","Payment Refund","Completed","USD","-5.00","0.00","-5.00","","","7QQ11111AA2222333","0NOTINWHISTLE0000","0.00"',
].join('\r\n');

export const GENERIC_EXPORT = [
  'id,date,amount,currency,name',
  'g-1,2026-01-20,20.00,USD,Ana',
  'g-2,2026-01-21,-5.00,USD,',
  'g-3,2026-01-21,7.5,,',
].join('\n');
