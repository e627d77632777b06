import type { TrainingLanguage } from '../limits';

/** The demo's know-your-rights handout: a draft, lawful, about one's own rights and writing down what happened. */
export const KNOW_YOUR_RIGHTS: Record<TrainingLanguage, { title: string; body: string }> = {
  en: {
    title: 'Know your rights',
    body: `# Know your rights

*Draft for the demo. Have a local immigration lawyer review it before you use it.*

## If agents come to your door
- You do not have to open the door. Ask them to slide any warrant under the door or hold it up to a window.
- A warrant to enter a home must be signed by a judge and show your address. An ICE form (I-200 or I-205) signed by an officer is not a judge's warrant.
- If they come in anyway, say clearly: **"I do not consent to this search."** Do not resist.

## Wherever you are
1. You have the right to remain silent. Say: **"I want to remain silent."**
2. Do not sign anything you do not understand. Ask for a lawyer.
3. Do not lie, and do not show false papers.
4. Carry the card of a lawyer or a legal aid hotline.

## Afterwards
Write down what happened: the time, the place, what was said, and the agency's name or the markings on vehicles if you saw them. Call the network's hotline.

Learn more: [Immigrant Legal Resource Center](https://www.ilrc.org/red-cards)
`,
  },
  es: {
    title: 'Conoce tus derechos',
    body: `# Conoce tus derechos

*Borrador para la demostración. Pide a un abogado de inmigración local que lo revise antes de usarlo.*

## Si los agentes llegan a tu puerta
- No tienes que abrir la puerta. Pide que pasen la orden por debajo de la puerta o que la muestren por una ventana.
- Una orden para entrar a una casa debe estar firmada por un juez y llevar tu dirección. Un formulario de ICE (I-200 o I-205) firmado por un oficial no es una orden judicial.
- Si entran de todos modos, di claramente: **"No doy mi consentimiento para este registro."** No te resistas.

## Dondequiera que estés
1. Tienes derecho a guardar silencio. Di: **"Quiero guardar silencio."**
2. No firmes nada que no entiendas. Pide un abogado.
3. No mientas y no muestres documentos falsos.
4. Lleva la tarjeta de un abogado o de una línea de ayuda legal.

## Después
Escribe lo que pasó: la hora, el lugar, lo que se dijo y el nombre de la agencia o las marcas de los vehículos si los viste. Llama a la línea de la red.

Más información: [Immigrant Legal Resource Center](https://www.ilrc.org/red-cards)
`,
  },
  so: {
    title: 'Ogow xuquuqdaada',
    body: `# Ogow xuquuqdaada

*Qabyo loogu talagalay demo-ga. Ka codso qareen socdaal oo deegaanka ah inuu dib u eego ka hor intaadan isticmaalin.*

## Haddii wakiillo yimaadaan albaabkaaga
- Uma baahnid inaad albaabka furto. Weydii inay waaranka ka soo hoos mariyaan albaabka ama ay daaqadda ku tusaan.
- Waaran guri lagu galo waa inuu saxiixay garsoore oo uu ku qoran yahay cinwaankaaga. Foomka ICE (I-200 ama I-205) ee uu saxiixay sarkaal ma aha waaran garsoore.
- Haddii ay si kastaba u soo galaan, si cad u dheh: **"Ma oggoli baaritaankan."** Ha iska caabin.

## Meel kasta oo aad joogto
1. Waxaad xaq u leedahay inaad aamusnaato. Dheh: **"Waxaan doonayaa inaan aamuso."**
2. Ha saxiixin wax aadan fahmin. Codso qareen.
3. Ha been sheegin, hana muujin waraaqo been abuur ah.
4. Sido kaarka qareen ama khadka caawimada sharciga.

## Kadib
Qor wixii dhacay: waqtiga, goobta, wixii la yiri, iyo magaca hay'adda ama calaamadaha gaadiidka haddii aad aragtay. Wac khadka caawimada ee shabakadda.

Wax badan ka baro: [Immigrant Legal Resource Center](https://www.ilrc.org/red-cards)
`,
  },
  hmn: {
    title: 'Paub koj txoj cai',
    body: `# Paub koj txoj cai

*Ntawv sau tseg rau qhov demo. Thov ib tug kws lij choj txog kev nkag teb chaws hauv zos saib xyuas ua ntej koj siv.*

## Yog cov neeg sawv cev tuaj txog ntawm koj qhov rooj
- Koj tsis tas yuav qhib qhov rooj. Hais kom lawv xa daim ntawv tso cai (warrant) hauv qab qhov rooj los yog tuav rau ntawm qhov rais.
- Daim ntawv tso cai nkag hauv tsev yuav tsum muaj tus txiav txim (judge) kos npe thiab muaj koj qhov chaw nyob. Daim ntawv ICE (I-200 los yog I-205) uas ib tug tub ceev xwm kos npe tsis yog daim ntawv tso cai ntawm tus txiav txim.
- Yog lawv nkag los txawm li cas los xij, hais kom meej: **"Kuv tsis pom zoo rau qhov kev tshawb nrhiav no."** Tsis txhob tawm tsam.

## Txawm koj nyob qhov twg
1. Koj muaj cai nyob twj ywm. Hais tias: **"Kuv xav nyob twj ywm."**
2. Tsis txhob kos npe rau ib yam dab tsi uas koj tsis nkag siab. Thov ib tug kws lij choj.
3. Tsis txhob dag thiab tsis txhob qhia cov ntaub ntawv cuav.
4. Nqa daim npav ntawm ib tug kws lij choj los yog ib lub xov tooj pab txog kev cai lij choj.

## Tom qab ntawd
Sau cia tej yam uas tau tshwm sim: lub sij hawm, qhov chaw, tej lus tau hais, thiab lub npe ntawm lub koom haum los yog cov cim ntawm lub tsheb yog koj pom. Hu rau lub xov tooj pab ntawm lub network.

Kawm ntxiv: [Immigrant Legal Resource Center](https://www.ilrc.org/red-cards)
`,
  },
};
