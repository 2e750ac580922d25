// Loaded only on pages that show an ONLYOFFICE preview macro (the macro requires this web-resource while Confluence
// renders it). Placeholders become embedded viewers when they scroll into view; api.js loads once, on first need.
import './macro.css';
import { startPreviews } from './previews';

startPreviews(document);
