import type { Translation } from '../../../../core/web/i18n';
import type { en } from './en';

export const es: Translation<typeof en> = {
  nav: {
    zones: 'Mis zonas',
    zonesHint: 'Elige los barrios de los que recibes alertas.',
  },
  page: {
    title: 'Mis zonas',
    intro: 'Elige los barrios de los que quieres recibir alertas: tócalos en el mapa o márcalos en la lista.',
    mapHelp: 'Toca una zona en el mapa para añadirla o quitarla. Las zonas en azul oscuro son las que sigues.',
    mapFailed: 'No se pudo mostrar el mapa. Aún puedes elegir zonas en la lista.',
    locate: 'Usar mi ubicación',
    locating: 'Buscando tu ubicación…',
    locateHint: 'Tu ubicación se usa una sola vez para encontrar tu zona. El punto exacto no se guarda.',
    located: 'Estás en {{name}}. Ya está marcada: pulsa Guardar para conservarla.',
    outside: 'Esa ubicación no está dentro de ninguna zona de esta red.',
    filterLabel: 'Buscar una zona',
    listLegend: 'Zonas',
    matches: 'Zonas encontradas: {{count}}',
    none: 'Esta red todavía no tiene zonas. Un administrador puede importarlas.',
    selected: 'Zonas elegidas: {{count}}',
    unsaved: 'sin guardar',
    save: 'Guardar mis zonas',
    saved: 'Tus zonas están guardadas.',
  },
};
