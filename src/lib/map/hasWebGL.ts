/** Whether this browser can give MapLibre a WebGL context (false without WebGL or when blocked). */
export function hasWebGL(): boolean {
	try {
		const canvas = document.createElement('canvas');
		return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
	} catch {
		return false;
	}
}
