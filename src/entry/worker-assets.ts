import type { WebAssets } from '../http/web-assets.js';
import { assetFile, assetType } from '../http/web-assets.js';

/** The Workers static-assets binding: `fetch` for a file under the assets directory (dist/web). */
export interface AssetsBinding {
  fetch(input: Request | string): Promise<Response>;
}

/**
 * The portal's files through the static-assets binding (wrangler.toml `[assets]`, `run_worker_first`): the app still
 * decides what is served — the same URL paths, Content-Type, CSP and ETag revalidation as on Node, and the staff
 * console only with a token.
 */
export function bindingAssets(assets: AssetsBinding): WebAssets {
  return {
    async load(path) {
      const file = assetFile(path);
      const type = file && assetType(file);
      if (!file || !type) return undefined;
      const res = await assets.fetch(new Request(`https://assets.invalid/${file}`));
      if (res.status !== 200) {
        await res.body?.cancel();
        return undefined;
      }
      const body = new Uint8Array(await res.arrayBuffer());
      return { body, type, etag: res.headers.get('etag') ?? `"${body.byteLength.toString(16)}"` };
    },
  };
}
