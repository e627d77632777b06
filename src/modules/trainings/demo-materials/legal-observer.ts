import type { TrainingLanguage } from '../limits';

/** The demo's legal-observer handout: a draft about observing and documenting, never interfering. */
export const LEGAL_OBSERVER: Record<TrainingLanguage, { title: string; body: string }> = {
  en: {
    title: 'Legal observer basics',
    body: `# Legal observer basics

*Draft for the demo. Complete the local legal observer program's training before you observe.*

## What a legal observer does
Legal observers watch and write down what happens between police or agents and the public, at actions and at places where people need to be safe. They **observe and document**; they do not take part, give directions or get in the way.

## Before you go
- Wear the green hat or vest, so people know your role.
- Bring a notebook, two pens, a charged phone, and the hotline number written on your arm.
- Go with a partner. Agree where to meet if you are separated.

## While observing
1. Keep a distance that keeps you safe and blocks no one.
2. Write facts: the time, the place, what you saw and heard, agency markings, vehicles, how many.
3. Film only from a public place. Follow lawful orders to move, and note the order.
4. Do not argue, do not touch anyone, and do not interfere with an arrest.

## Afterwards
Give your notes to the legal team the same day. Do not post photos of people who could be recognised without asking them.
`,
  },
  es: {
    title: 'Observadores legales: lo básico',
    body: `# Observadores legales: lo básico

*Borrador para la demostración. Completa la capacitación del programa local de observadores legales antes de observar.*

## Qué hace un observador legal
Los observadores legales miran y anotan lo que pasa entre la policía o los agentes y el público, en las acciones y en los lugares donde la gente necesita estar segura. **Observan y documentan**; no participan, no dan instrucciones y no estorban.

## Antes de ir
- Ponte la gorra o el chaleco verde, para que la gente sepa tu papel.
- Lleva una libreta, dos bolígrafos, un teléfono cargado y el número de la línea de ayuda escrito en el brazo.
- Ve con una pareja. Acuerden dónde encontrarse si se separan.

## Mientras observas
1. Mantén una distancia segura que no bloquee a nadie.
2. Anota hechos: la hora, el lugar, lo que viste y oíste, las marcas de la agencia, los vehículos, cuántos eran.
3. Graba solo desde un lugar público. Obedece las órdenes legales de moverte y anota la orden.
4. No discutas, no toques a nadie y no interfieras con un arresto.

## Después
Entrega tus notas al equipo legal el mismo día. No publiques fotos de personas que se puedan reconocer sin pedirles permiso.
`,
  },
  so: {
    title: 'Aasaaska goob-joogaha sharciga',
    body: `# Aasaaska goob-joogaha sharciga

*Qabyo loogu talagalay demo-ga. Dhammee tababarka barnaamijka goob-joogayaasha sharciga ee deegaanka ka hor intaadan goob-joog noqon.*

## Waxa goob-joogaha sharcigu qabto
Goob-joogayaasha sharcigu waxay daawadaan oo qoraan waxa ka dhaca booliska ama wakiillada iyo dadweynaha dhexdooda, falalka iyo meelaha ay dadku u baahan yihiin inay ku nabad galaan. Waxay **daawadaan oo diiwaangeliyaan**; kama qaybgalaan, amarro ma bixiyaan, mana hor istaagaan.

## Ka hor intaadan tagin
- Xiro koofiyadda ama jaakadda cagaaran, si dadku u ogaadaan doorkaaga.
- Qaado buug-yar, laba qalin, taleefan dallacan, iyo lambarka khadka caawimada oo gacantaada ku qoran.
- La soco saaxiib. Ku heshiiya meesha aad ku kulmaysaan haddii aad kala tagtaan.

## Inta aad daawanayso
1. Ka fogow masaafo kaa ilaalinaysa oo aan cidna xannibayn.
2. Qor xaqiiqooyin: waqtiga, goobta, waxaad aragtay iyo waxaad maqashay, calaamadaha hay'adda, gaadiidka, iyo tirada.
3. Ka duub oo keliya meel dadweyne. Raac amarrada sharciga ah ee ah inaad dhaqaaqdo, oo qor amarka.
4. Ha doodin, cidna ha taaban, hana faragelin xarig.

## Kadib
Isla maalintaas u dhiib qoraalkaaga kooxda sharciga. Ha dhigin sawirrada dad la aqoonsan karo adigoon weydiin.
`,
  },
  hmn: {
    title: 'Cov ntsiab lus tseem ceeb rau tus neeg saib xyuas kev cai lij choj',
    body: `# Tus neeg saib xyuas kev cai lij choj

*Ntawv sau tseg rau qhov demo. Kawm kom tiav qhov kev cob qhia ntawm lub koom haum saib xyuas kev cai lij choj hauv zos ua ntej koj mus saib xyuas.*

## Tus neeg saib xyuas kev cai lij choj ua dab tsi
Cov neeg saib xyuas kev cai lij choj saib thiab sau cia tej yam uas tshwm sim ntawm tub ceev xwm los yog cov neeg sawv cev thiab pej xeem, thaum muaj kev tawm suab thiab ntawm tej qhov chaw uas neeg xav tau kev nyab xeeb. Lawv **saib thiab sau cia**; lawv tsis koom nrog, tsis qhia kom leej twg ua dab tsi thiab tsis thaiv kev.

## Ua ntej koj mus
- Hnav lub kaus mom los yog lub tsho ntsuab, kom neeg paub koj lub luag haujlwm.
- Nqa ib phau ntawv sau, ob tug cwj mem, ib lub xov tooj uas muaj roj puv, thiab sau tus xov tooj pab rau ntawm koj txhais npab.
- Mus nrog ib tug phooj ywg. Sib cog lus seb yuav ntsib qhov twg yog nej sib ncaim.

## Thaum koj saib xyuas
1. Nyob deb txaus kom koj muaj kev nyab xeeb thiab tsis thaiv leej twg.
2. Sau cov tseeb: lub sij hawm, qhov chaw, tej yam koj pom thiab hnov, cov cim ntawm lub koom haum, cov tsheb, thiab muaj pes tsawg.
3. Kaw duab tsuas yog los ntawm qhov chaw pej xeem xwb. Ua raws li cov lus txib raug cai kom txav mus, thiab sau cov lus txib ntawd cia.
4. Tsis txhob sib cav, tsis txhob kov leej twg, thiab tsis txhob cuam tshuam kev ntes neeg.

## Tom qab ntawd
Muab koj cov ntawv sau rau pab neeg kev cai lij choj hnub ntawd. Tsis txhob muab cov duab ntawm tej neeg uas paub tau tias yog leej twg tso rau online yog tsis tau nug lawv.
`,
  },
};
