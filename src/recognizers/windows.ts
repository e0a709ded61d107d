export { scanWindows, sliceView, windowsAround } from "../normalize/windows.js";
