/** The credit module's API root (its parts — repair, rating, disclosure — add their paths). */
export const CREDIT_API = '/api/v1/credit';
