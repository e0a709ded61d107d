export { scanWindows, sliceView, windowsAroundHits } from "../normalize/windows.js";
