// Property tests draw their inputs from one seed, so that a run of the suite (and CI's) is
// reproducible: a failure names its seed and counterexample and fails again on the next run.
// FC_SEED=random draws a new seed per run, to look for new counterexamples; FC_SEED=<n> replays one.
import fc from "fast-check";

const SUITE_SEED = 20261207;
const wanted = process.env.FC_SEED;
if (wanted !== "random") fc.configureGlobal({ seed: wanted === undefined ? SUITE_SEED : Number(wanted) });
