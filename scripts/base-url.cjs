// The add-in's HTTPS address, set at build time: `GSZ_BASE_URL=https://gsz.example.kg/addin npm run build`
// writes dist/manifest.xml with every URL under that address (the manifest in the repository keeps the
// development address https://localhost:3000). The files of dist/ are then served from that address.
"use strict";

const DEV_BASE_URL = "https://localhost:3000";

/** The base URL without a trailing slash; throws unless it is https with no query or fragment. */
function checkBaseUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`GSZ_BASE_URL is not a URL: ${value}`);
  }
  if (url.protocol !== "https:")
    throw new Error(`GSZ_BASE_URL must be https (Office loads add-ins only over https): ${value}`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`GSZ_BASE_URL must have no query, fragment or credentials: ${value}`);
  return (url.origin + url.pathname).replace(/\/+$/, "");
}

/** manifest.xml with the development address replaced by `baseUrl` (AppDomain: its origin only). */
function manifestWithBase(xml, baseUrl) {
  const base = checkBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  return xml
    .split(`<AppDomain>${DEV_BASE_URL}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(`${DEV_BASE_URL}/`)
    .join(`${base}/`);
}

module.exports = { DEV_BASE_URL, checkBaseUrl, manifestWithBase };
