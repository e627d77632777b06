/** Strings of the zones pages (namespace `zones`). */
export const en = {
  nav: {
    zones: 'My zones',
    zonesHint: 'Choose the neighbourhoods you get alerts for.',
  },
  page: {
    title: 'My zones',
    intro: 'Choose the neighbourhoods you want alerts for: tap them on the map, or tick them in the list.',
    mapHelp: 'Tap a zone on the map to add or remove it. Zones in dark blue are the ones you watch.',
    mapFailed: 'The map could not be shown. You can still choose zones from the list.',
    locate: 'Use my location',
    locating: 'Finding your location…',
    locateHint: 'Your location is used once to find your zone. The exact point is not stored.',
    located: 'You are in {{name}}. It is now ticked: press Save to keep it.',
    outside: 'That location is not inside any zone of this network.',
    filterLabel: 'Find a zone',
    listLegend: 'Zones',
    matches: 'Zones found: {{count}}',
    none: 'This network has no zones yet. An admin can import them.',
    selected: 'Zones chosen: {{count}}',
    unsaved: 'not saved yet',
    save: 'Save my zones',
    saved: 'Your zones are saved.',
  },
};
