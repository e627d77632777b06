export const requestApi = (id: string) => `/api/aid/requests/${encodeURIComponent(id)}`;
