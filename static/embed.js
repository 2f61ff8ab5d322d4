/*
 * Palestine Relations Atlas: embed loader. Include once on a page that frames /embed:
 *   <script async src="https://<atlas>/embed.js"></script>
 * It sizes every iframe whose src is this site's /embed… to its content's height (the embed posts
 * { type: 'pra:embed-size', height } whenever its height changes, e.g. when the page's width does),
 * and re-dispatches the embed's other messages as DOM events on the iframe ('pra:select',
 * 'pra:view', with the message as `detail`). Messages from any other origin or of any other
 * shape are ignored. No dependencies; the checks mirror src/lib/embed/embedMessages.ts.
 */
(function () {
	var script = document.currentScript;
	if (!script || window.__praEmbedLoader) return;
	window.__praEmbedLoader = true;
	var origin = new URL(script.src, location.href).origin;
	var MAX_HEIGHT = 20000;

	function isEmbedSrc(src) {
		try {
			var url = new URL(src, location.href);
			return url.origin === origin && /^\/embed(\/|$)/.test(url.pathname);
		} catch (e) {
			return false;
		}
	}

	function frameOf(source) {
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === source && isEmbedSrc(frames[i].src)) return frames[i];
		}
		return null;
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (event.origin !== origin || typeof data !== 'object' || data === null) return;
		var type = data.type;
		if (type !== 'pra:embed-size' && type !== 'pra:select' && type !== 'pra:view') return;
		var frame = frameOf(event.source);
		if (!frame) return;
		if (type === 'pra:embed-size') {
			var height = data.height;
			if (typeof height !== 'number' || !isFinite(height) || height < 0 || height > MAX_HEIGHT)
				return;
			frame.style.height = Math.ceil(height) + 'px';
		} else {
			frame.dispatchEvent(new CustomEvent(type, { detail: data, bubbles: true }));
		}
	});
})();
