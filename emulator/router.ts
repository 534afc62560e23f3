import type { IncomingHttpHeaders } from 'node:http';
import type { ApiClient, Store } from './store';

/** One request as the emulator saw it; tests read these from the request log. */
export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	rawBody: string;
	body: unknown;
	/** When the request arrived (Date.now()). */
	receivedAt: number;
}

export interface Reply {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export interface RouteContext {
	request: RecordedRequest;
	params: Record<string, string>;
	/** The account from `?accountId=`, already checked against the caller's access (v1 routes only). */
	accountId: number;
	client: ApiClient;
}

/** Each resource's route file exports one of these. */
export type RouteModule = (router: Router, store: Store) => void;

type Handler = (context: RouteContext) => Reply;

interface Route {
	method: string;
	pattern: RegExp;
	names: string[];
	api: 'v1' | 'v2';
	handler: Handler;
}

/** A tiny method + path router. Patterns use `{name}` for path segments, as mParticle's reference does. */
export class Router {
	private readonly routes: Route[] = [];

	v1(method: string, path: string, handler: Handler) {
		this.add('v1', method, `/v1${path}`, handler);
	}

	v2(method: string, path: string, handler: Handler) {
		this.add('v2', method, `/platform/v2${path}`, handler);
	}

	match(method: string, path: string) {
		let pathMatched = false;
		for (const route of this.routes) {
			const found = route.pattern.exec(path);
			if (!found) continue;
			pathMatched = true;
			if (route.method !== method) continue;
			const params: Record<string, string> = {};
			route.names.forEach((name, index) => (params[name] = decodeURIComponent(found[index + 1])));
			return { route, params };
		}
		return pathMatched ? 'method-not-allowed' : undefined;
	}

	private add(api: 'v1' | 'v2', method: string, path: string, handler: Handler) {
		const names: string[] = [];
		const source = path.replace(/\{(\w+)\}/g, (_, name: string) => {
			names.push(name);
			return '([^/]+)';
		});
		this.routes.push({ method, pattern: new RegExp(`^${source}$`), names, api, handler });
		// A literal segment beats a placeholder, whatever order the route files register in:
		// `/apps/{appId}/platforms` must win over `/apps/{appId}/{serviceName}`. The sort is stable.
		this.routes.sort((a, b) => a.names.length - b.names.length);
	}
}
