import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type AddressKind, classifyAddress, isAllowedAddress } from './address-guard';

test('addresses are public, private (allowed only with the flag) or forbidden (never)', () => {
  const table: [string, AddressKind][] = [
    ['93.184.215.14', 'public'],
    ['8.8.8.8', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['127.0.0.1', 'private'],
    ['127.255.255.254', 'private'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.0.10', 'private'],
    ['100.64.0.1', 'private'],
    ['::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['::ffff:127.0.0.1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['169.254.169.254', 'forbidden'],
    ['169.254.0.1', 'forbidden'],
    ['::ffff:169.254.169.254', 'forbidden'],
    ['100.100.100.200', 'forbidden'],
    ['fd00:ec2::254', 'forbidden'],
    ['fe80::1', 'forbidden'],
    ['0.0.0.0', 'forbidden'],
    ['::', 'forbidden'],
    ['224.0.0.1', 'forbidden'],
    ['255.255.255.255', 'forbidden'],
    ['192.0.2.5', 'forbidden'],
    ['ff02::1', 'forbidden'],
    ['64:ff9b::a9fe:a9fe', 'forbidden'],
    ['2002:a9fe:a9fe::1', 'forbidden'],
    ['not-an-address', 'forbidden'],
    ['', 'forbidden'],
  ];
  for (const [address, kind] of table) assert.equal(classifyAddress(address), kind, address);
});

test('the flag lets private addresses through, never forbidden ones', () => {
  assert.equal(isAllowedAddress('127.0.0.1', false), false);
  assert.equal(isAllowedAddress('127.0.0.1', true), true);
  assert.equal(isAllowedAddress('169.254.169.254', true), false);
  assert.equal(isAllowedAddress('93.184.215.14', false), true);
});
