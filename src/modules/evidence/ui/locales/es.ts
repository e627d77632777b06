import type { Translation } from '../../../../core/web/i18n';
import type { en } from './en';

export const es: Translation<typeof en> = {
  page: { title: 'Pruebas', report: 'Volver al reporte' },
  upload: {
    title: 'Añadir fotos o videos',
    intro: 'Si es seguro, añade lo que grabaste. Nunca te pongas en riesgo para tomar fotos.',
    privacy:
      'La ubicación y otros datos ocultos (hora, modelo del teléfono) se quitan de las copias que ve el equipo. El archivo original se guarda sin cambios solo para uso legal.',
    videoNote: 'Los videos se guardan solo como original y no se muestran al equipo, porque no se pueden quitar sus datos ocultos.',
    camera: 'Tomar una foto o un video',
    choose: 'Elegir de este dispositivo',
    sending: 'Enviando {{name}}: {{percent}} %',
    added: 'Se añadió {{name}}.',
    addedOriginalOnly: 'Se añadió {{name}}. Se guarda solo como original.',
    failed: 'No se añadió {{name}}: {{reason}}',
  },
  list: {
    title: 'Fotos y videos',
    none: 'Todavía no hay fotos ni videos.',
    viewRecorded: 'Cada vista y cada descarga quedan registradas en la cadena de custodia.',
    itemTitle: '{{kind}} {{number}}',
    photo: 'Foto',
    video: 'Video',
    details: '{{type}}, {{size}}, añadido {{when}}',
    sizeKb: '{{value}} KB',
    sizeMb: '{{value}} MB',
    fromReporter: 'de quien reportó',
    fromMember: 'de un miembro del equipo',
    shared: 'Ubicación quitada',
    originalOnly: 'Solo original',
    held: 'Retenido',
    notShareable: 'No se muestra al equipo: a los videos no se les pueden quitar datos ocultos como la ubicación.',
    view: 'Ver (sin ubicación)',
    original: 'Descargar original (con ubicación)',
    hold: 'Retener',
    release: 'Liberar',
    hashes: 'Huellas digitales (SHA-256)',
    hashOriginal: 'Original',
    hashShared: 'Copia compartida',
  },
  export: {
    title: 'Para un abogado',
    intro:
      'Un archivo ZIP con cada original, las copias compartidas, sus huellas digitales y la cadena de custodia. Cada exportación queda registrada. Lo retenido se guarda después de cerrar el incidente.',
    button: 'Exportar pruebas (ZIP)',
  },
  timeline: {
    actions: {
      evidence_uploaded: 'Foto o video añadido',
      evidence_original_viewed: 'Foto o video original abierto',
      evidence_exported: 'Pruebas exportadas para un abogado',
      evidence_held: 'Pruebas retenidas por un trabajador social',
      evidence_released: 'Pruebas liberadas',
    },
  },
};
