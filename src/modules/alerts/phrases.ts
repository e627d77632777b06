import type { Lang, Template } from './contract';

/**
 * The words of alerts in each language. Sentences are whole (no word-by-word assembly) so each
 * language keeps its own order; only names, times and counts are filled in. The agency is named
 * generically ("immigration agents"): what was seen, never who the agents are.
 */
export interface Phrases {
  /** The kind of event, as CAP's `event` names it. */
  capEvent: string;
  headline: Record<Template, (zone: string) => string>;
  /** The size line; either count may be 0 (not counted). */
  size: (people: number, vehicles: number) => string;
  body: (p: { time: string; size: string; zones: string }) => string;
  instruction: string;
  update: {
    still_active: Event;
    moved: Event;
    left_area: Event;
    extended: Event;
    all_clear: Event;
    cancelled: Event;
  };
}
type Event = { headline: (zone: string) => string; body: (p: { time: string; zone: string; until: string }) => string };

const both = (a: string, b: string, and: string) => (a && b ? `${a} ${and} ${b}` : a || b);

const en: Phrases = {
  capEvent: 'Immigration enforcement activity',
  headline: {
    sighting: (z) => `Immigration agents seen in ${z}`,
    stopping: (z) => `Immigration agents stopping people in ${z}`,
    checkpoint: (z) => `Immigration checkpoint in ${z}`,
    home: (z) => `Immigration agents at a home in ${z}`,
    workplace: (z) => `Immigration agents at a workplace in ${z}`,
    school: (z) => `Immigration agents near a school in ${z}`,
    detention: (z) => `Immigration agents detaining people in ${z}`,
  },
  size: (p, v) => both(p ? `about ${p} ${p === 1 ? 'agent' : 'agents'}` : '', v ? `${v} ${v === 1 ? 'vehicle' : 'vehicles'}` : '', 'and'),
  body: ({ time, size, zones }) => `Seen at ${time} and confirmed.${size ? ` Size: ${size}.` : ''} Alert area: ${zones}.`,
  instruction:
    'Stay calm. You have the right to remain silent. Do not open the door without a warrant signed by a judge. ' +
    'If you observe, keep a safe distance and do not interfere.',
  update: {
    still_active: { headline: (z) => `Still active in ${z}`, body: ({ time }) => `Checked again at ${time}: the agents are still there.` },
    moved: {
      headline: (z) => `Agents moved to ${z}`,
      body: ({ time, zone }) => `At ${time} the agents moved to ${zone}. This neighbourhood is now part of the alert.`,
    },
    left_area: { headline: (z) => `Agents left ${z}`, body: ({ time, zone }) => `At ${time} the agents left ${zone}. Stay careful.` },
    extended: { headline: () => 'Alert extended', body: ({ until }) => `This alert now lasts until ${until}.` },
    all_clear: {
      headline: (z) => `All clear in ${z}`,
      body: ({ time }) => `At ${time} a verifier gave the all-clear: the agents are gone.`,
    },
    cancelled: {
      headline: () => 'Alert cancelled',
      body: ({ time }) => `This alert was cancelled at ${time}. It was sent by mistake or is no longer right: disregard it.`,
    },
  },
};

const es: Phrases = {
  capEvent: 'Actividad de control migratorio',
  headline: {
    sighting: (z) => `Agentes de inmigración vistos en ${z}`,
    stopping: (z) => `Agentes de inmigración parando a personas en ${z}`,
    checkpoint: (z) => `Punto de control de inmigración en ${z}`,
    home: (z) => `Agentes de inmigración en una vivienda en ${z}`,
    workplace: (z) => `Agentes de inmigración en un lugar de trabajo en ${z}`,
    school: (z) => `Agentes de inmigración cerca de una escuela en ${z}`,
    detention: (z) => `Agentes de inmigración deteniendo a personas en ${z}`,
  },
  size: (p, v) => both(p ? `unos ${p} ${p === 1 ? 'agente' : 'agentes'}` : '', v ? `${v} ${v === 1 ? 'vehículo' : 'vehículos'}` : '', 'y'),
  body: ({ time, size, zones }) => `Visto a las ${time} y confirmado.${size ? ` Tamaño: ${size}.` : ''} Zona de la alerta: ${zones}.`,
  instruction:
    'Mantenga la calma. Tiene derecho a guardar silencio. No abra la puerta sin una orden firmada por un juez. ' +
    'Si observa, mantenga una distancia segura y no interfiera.',
  update: {
    still_active: {
      headline: (z) => `Sigue activa en ${z}`,
      body: ({ time }) => `Comprobado de nuevo a las ${time}: los agentes siguen ahí.`,
    },
    moved: {
      headline: (z) => `Los agentes se movieron a ${z}`,
      body: ({ time, zone }) => `A las ${time} los agentes se movieron a ${zone}. Este barrio ahora forma parte de la alerta.`,
    },
    left_area: {
      headline: (z) => `Los agentes se fueron de ${z}`,
      body: ({ time, zone }) => `A las ${time} los agentes se fueron de ${zone}. Siga con cuidado.`,
    },
    extended: { headline: () => 'Alerta extendida', body: ({ until }) => `Esta alerta dura ahora hasta las ${until}.` },
    all_clear: {
      headline: (z) => `Todo despejado en ${z}`,
      body: ({ time }) => `A las ${time} un verificador confirmó que todo está despejado: los agentes se fueron.`,
    },
    cancelled: {
      headline: () => 'Alerta cancelada',
      body: ({ time }) => `Esta alerta se canceló a las ${time}. Se envió por error o ya no es correcta: no la tenga en cuenta.`,
    },
  },
};

const so: Phrases = {
  capEvent: 'Howlgal fulinta socdaalka',
  headline: {
    sighting: (z) => `Ciidamada socdaalka (immigration) ayaa lagu arkay ${z}`,
    stopping: (z) => `Ciidamada socdaalka ayaa dadka ku joojinaya ${z}`,
    checkpoint: (z) => `Isbaaro socdaal ayaa laga dhigay ${z}`,
    home: (z) => `Ciidamada socdaalka ayaa jooga guri ku yaal ${z}`,
    workplace: (z) => `Ciidamada socdaalka ayaa jooga goob shaqo oo ku taal ${z}`,
    school: (z) => `Ciidamada socdaalka ayaa jooga meel u dhow iskuul ku yaal ${z}`,
    detention: (z) => `Ciidamada socdaalka ayaa dad ku xiraya ${z}`,
  },
  size: (p, v) => both(p ? `qiyaastii ${p} sarkaal` : '', v ? `${v} gaari` : '', 'iyo'),
  body: ({ time, size, zones }) =>
    `Waxaa la arkay saacadda ${time}, waana la xaqiijiyay.${size ? ` Tirada: ${size}.` : ''} Aagga digniinta: ${zones}.`,
  instruction:
    'Is deji. Waxaad xaq u leedahay inaad aamusnaato. Ha furin albaabka haddii aysan haysan amar uu saxeexay garsoore. ' +
    'Haddii aad daawanayso, ka fogow masaafo ammaan ah hana faragelin.',
  update: {
    still_active: {
      headline: (z) => `Weli way socotaa ${z}`,
      body: ({ time }) => `Mar kale ayaa la hubiyay saacadda ${time}: ciidamadu weli halkaas ayay joogaan.`,
    },
    moved: {
      headline: (z) => `Ciidamadu waxay u guureen ${z}`,
      body: ({ time, zone }) => `Saacadda ${time} ciidamadu waxay u guureen ${zone}. Xaafaddan hadda waxay ka mid tahay digniinta.`,
    },
    left_area: {
      headline: (z) => `Ciidamadu way ka tageen ${z}`,
      body: ({ time, zone }) => `Saacadda ${time} ciidamadu way ka tageen ${zone}. Sii taxaddar.`,
    },
    extended: { headline: () => 'Digniinta waa la kordhiyay', body: ({ until }) => `Digniintani hadda waxay socotaa ilaa ${until}.` },
    all_clear: {
      headline: (z) => `Ammaan ayaa ku soo laabtay ${z}`,
      body: ({ time }) => `Saacadda ${time} xaqiijiye ayaa sheegay in khatartu dhammaatay: ciidamadu way tageen.`,
    },
    cancelled: {
      headline: () => 'Digniinta waa la joojiyay',
      body: ({ time }) => `Digniintan waa la joojiyay saacadda ${time}. Khalad ayaa lagu diray ama hadda sax ma aha: iska dhaaf.`,
    },
  },
};

const hmn: Phrases = {
  capEvent: 'Kev ua haujlwm ntawm tub ceev xwm tsiv teb tsaws chaw',
  headline: {
    sighting: (z) => `Pom tub ceev xwm tsiv teb tsaws chaw (immigration) hauv ${z}`,
    stopping: (z) => `Tub ceev xwm tsiv teb tsaws chaw tab tom nres neeg hauv ${z}`,
    checkpoint: (z) => `Muaj chaw kuaj ntawm tub ceev xwm tsiv teb tsaws chaw hauv ${z}`,
    home: (z) => `Tub ceev xwm tsiv teb tsaws chaw nyob ntawm ib lub tsev hauv ${z}`,
    workplace: (z) => `Tub ceev xwm tsiv teb tsaws chaw nyob ntawm ib qho chaw ua haujlwm hauv ${z}`,
    school: (z) => `Tub ceev xwm tsiv teb tsaws chaw nyob ze ib lub tsev kawm ntawv hauv ${z}`,
    detention: (z) => `Tub ceev xwm tsiv teb tsaws chaw tab tom ntes neeg hauv ${z}`,
  },
  size: (p, v) => both(p ? `kwv yees li ${p} tus tub ceev xwm` : '', v ? `${v} lub tsheb` : '', 'thiab'),
  body: ({ time, size, zones }) =>
    `Pom thaum ${time} thiab tau lees paub lawm.${size ? ` Muaj: ${size}.` : ''} Thaj chaw ceeb toom: ${zones}.`,
  instruction:
    'Nyob twj ywm. Koj muaj cai tsis hais lus. Tsis txhob qhib qhov rooj yog tsis muaj daim ntawv tso cai uas tus kws txiav txim tau kos npe. ' +
    'Yog koj saib xyuas, nyob deb kom muaj kev nyab xeeb thiab tsis txhob cuam tshuam.',
  update: {
    still_active: {
      headline: (z) => `Tseem muaj nyob hauv ${z}`,
      body: ({ time }) => `Tau kuaj dua thaum ${time}: tub ceev xwm tseem nyob ntawd.`,
    },
    moved: {
      headline: (z) => `Tub ceev xwm tau tsiv mus rau ${z}`,
      body: ({ time, zone }) =>
        `Thaum ${time} tub ceev xwm tau tsiv mus rau ${zone}. Thaj chaw no tam sim no yog ib feem ntawm kev ceeb toom.`,
    },
    left_area: {
      headline: (z) => `Tub ceev xwm tau tawm ${z} lawm`,
      body: ({ time, zone }) => `Thaum ${time} tub ceev xwm tau tawm ${zone} lawm. Ceev faj ntxiv.`,
    },
    extended: { headline: () => 'Kev ceeb toom tau ncua ntxiv', body: ({ until }) => `Kev ceeb toom no tam sim no kav mus txog ${until}.` },
    all_clear: {
      headline: (z) => `Nyab xeeb lawm hauv ${z}`,
      body: ({ time }) => `Thaum ${time} ib tug neeg kuaj xyuas tau hais tias nyab xeeb lawm: tub ceev xwm tau mus lawm.`,
    },
    cancelled: {
      headline: () => 'Kev ceeb toom raug muab tso tseg',
      body: ({ time }) =>
        `Kev ceeb toom no raug muab tso tseg thaum ${time}. Nws raug xa yuam kev lossis tsis raug lawm: tsis txhob mloog nws.`,
    },
  },
};

export const PHRASES: Record<Lang, Phrases> = { en, es, so, hmn };
