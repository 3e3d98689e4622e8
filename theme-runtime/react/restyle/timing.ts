/** The User Timing entry each catch-up of plotly's state leaves (DevTools' timeline, bench:preview). */
export const SYNC_MEASURE = 'design-kit: sync plotly state';
