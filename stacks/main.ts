import { App } from "../constructs/core/engine";
import { addDefaultStacks } from "./app";

const app = new App();
addDefaultStacks(app);
app.synth();
