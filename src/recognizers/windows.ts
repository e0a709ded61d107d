export { scanWindows, sliceView, windowsAround, windowsAroundHits } from "../normalize/windows.js";
