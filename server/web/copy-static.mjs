// Copies the dashboard's static files next to the bundle, into the server's classpath.
import { cpSync, mkdirSync } from "node:fs";
mkdirSync("../target/classes/dashboard", { recursive: true });
cpSync("static", "../target/classes/dashboard", { recursive: true });
