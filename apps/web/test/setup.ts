import { TextDecoder, TextEncoder } from 'node:util';

// jsdom leaves out a few things browsers have: React Router needs the text codecs,
// and navigation scrolls to the top, which has no meaning without layout.
Object.assign(globalThis, { TextEncoder, TextDecoder });
window.scrollTo = () => undefined;
