// JSON calls to the service; errors arrive in the one envelope { error: { code, message } }.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export async function api(path, { method = 'GET', body, token } = {}) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  let res;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', '网络连接失败，请稍后再试。');
  }
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, data?.error?.code ?? 'http_error', data?.error?.message ?? res.statusText);
  return data;
}

/** A readable Chinese message for an API failure. */
export function describeError(err) {
  if (!(err instanceof ApiError)) return '出现了意外错误，请稍后再试。';
  switch (err.status) {
    case 0: return err.message;
    case 401: return '访问令牌不正确。';
    case 404: return '没有找到相应内容。';
    case 413: return '内容太长，请精简后再提交。';
    case 429: return '提问过于频繁，请稍候一分钟再试。';
    case 400: return `提交的内容有误：${err.message}`;
    default: return '服务暂时不可用，请稍后再试。';
  }
}
