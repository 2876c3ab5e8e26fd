#!/usr/bin/env node
// Runs EPANET 2.2 (the epanet-js package's engines/v2.2 build, OWA-EPANET 2.2 in WebAssembly) on .inp files.
//
//   node epanet-run.mjs results --inp FILE --out DIR [--name NAME] [--label PATH] [--hours 24] [--repeat 3]
//        writes snapshot_t0.csv.gz, eps_24h.csv.gz and run_info.json in the format of the epanet-reference data
//        (see README.md beside this file)
//   node epanet-run.mjs quality --inp FILE --out DIR [--hours 24] [--quality file|chlorine[:C0[:KB]]|age|trace:NODE]
//        writes quality_24h.csv.gz (time_s,kind,id,property,value with property "quality") and quality_info.json
//   node epanet-run.mjs quality-time --inp FILE [--hours 24] [--quality MODE] [--runs 3]
//        prints one JSON line: median hydraulic-pass and quality-pass times, the fastest total, wall and CPU (no results read), after a warm-up
//   node epanet-run.mjs time [--runs 5] [--hours 24] FILE.inp...
//        prints one JSON line per file: median snapshot and EPS solve times (inside the engine calls only) and memory
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { Workspace, Project } from "epanet-js";
import { EpanetEngine } from "epanet-js/engines/v2.2";

const WASM = new URL("./node_modules/epanet-js/dist/engines/v2.2/EpanetEngine.wasm", import.meta.url);
const ENGINE_SUBPATH = "v2.2";

// toolkit enum values (EPANET 2.2 epanet2_enums.h)
const N = { ELEVATION: 0, INITQUAL: 4, TANKLEVEL: 8, DEMAND: 9, HEAD: 10, PRESSURE: 11, QUALITY: 12, TANK_KBULK: 23 };
const L = { KBULK: 6, FLOW: 8, VELOCITY: 9, HEADLOSS: 10, STATUS: 11, SETTING: 12, QUALITY: 14, PUMP_STATE: 16 };
const NODE_TYPES = ["JUNCTION", "RESERVOIR", "TANK"];
const LINK_TYPES = ["CVPIPE", "PIPE", "PUMP", "PRV", "PSV", "PBV", "FCV", "TCV", "GPV"];
const STATUS_TEXT = ["XHEAD", "TEMPCLOSED", "CLOSED", "OPEN", "ACTIVE", "XFLOW", "XFCV", "XPRESSURE"];
const FLOW_UNITS = ["CFS", "GPM", "MGD", "IMGD", "AFD", "LPS", "LPM", "MLD", "CMH", "CMD"];
const HEADLOSS = ["H-W", "D-W", "C-M"];
const DEMAND_MODELS = ["DDA", "PDA"];
// the [OPTIONS] keys recorded as written; the PDA ones only appear in files that set them
const INP_OPTION_KEYS = [
  "units", "headloss", "specific gravity", "viscosity", "trials", "accuracy", "checkfreq", "maxcheck",
  "damplimit", "unbalanced", "pattern", "demand multiplier", "demand model", "minimum pressure",
  "required pressure", "pressure exponent", "emitter exponent",
];
const REFERENCE_OPTION_KEYS = new Set(INP_OPTION_KEYS.slice(0, 12));

/** 9 significant digits, trailing zeros dropped, JavaScript's exponent form; an exact zero is "0". */
export function num(v) {
  if (v === 0) return "0";
  return String(Number(v.toPrecision(9)));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (v, digits) => Number(v.toFixed(digits));
const now = () => performance.now();

let wasmBinary;
async function newProject() {
  wasmBinary ??= fs.readFileSync(WASM);
  const ws = new Workspace();
  await ws.loadModuleVersion(() => EpanetEngine({ wasmBinary }));
  return { ws, project: new Project(ws) };
}

// epanet-js reports toolkit codes < 100 through console.warn; they are collected with the simulation time
const warnings = { list: [], time: 0, phase: "open" };
console.warn = (msg) => warnings.list.push({ msg: String(msg), time: warnings.time, phase: warnings.phase });

function summariseWarnings(list) {
  const byMsg = new Map();
  for (const w of list) {
    const seen = byMsg.get(w.msg);
    if (seen) seen.count++;
    else byMsg.set(w.msg, { msg: w.msg, count: 1, first_time_s: w.time, phase: w.phase });
  }
  return [...byMsg.values()];
}

function inpOptions(text, keys) {
  const out = {};
  let inOptions = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/;.*/, "").trim();
    if (line.startsWith("[")) {
      inOptions = line.toUpperCase().startsWith("[OPTIONS]");
      continue;
    }
    if (!inOptions || !line) continue;
    const lower = line.toLowerCase();
    const key = keys.find((k) => lower.startsWith(k) && /\s/.test(line.charAt(k.length)));
    if (key && !(key in out)) out[key] = line.slice(key.length).trim();
  }
  return out;
}

function describe(project, ws, inpText) {
  const nodeCount = project.getCount(0);
  const linkCount = project.getCount(2);
  const nodes = [];
  for (let i = 1; i <= nodeCount; i++) {
    nodes.push({ index: i, id: project.getNodeId(i), type: NODE_TYPES[project.getNodeType(i)], elevation: project.getNodeValue(i, N.ELEVATION) });
  }
  const links = [];
  for (let i = 1; i <= linkCount; i++) {
    const ends = project.getLinkNodes(i);
    links.push({ index: i, id: project.getLinkId(i), type: LINK_TYPES[project.getLinkType(i)], from: nodes[ends.node1 - 1].id, to: nodes[ends.node2 - 1].id });
  }
  const flowUnits = project.getFlowUnits();
  const countBy = (xs) => xs.reduce((acc, x) => ((acc[x.type] = (acc[x.type] ?? 0) + 1), acc), {});
  const nodeTypes = {};
  for (const t of NODE_TYPES) if (countBy(nodes)[t]) nodeTypes[t] = countBy(nodes)[t];
  const written = inpOptions(inpText, INP_OPTION_KEYS);
  const referenceOptions = Object.fromEntries(Object.entries(written).filter(([k]) => REFERENCE_OPTION_KEYS.has(k)));
  const pdaOptions = Object.fromEntries(Object.entries(written).filter(([k]) => !REFERENCE_OPTION_KEYS.has(k) && k !== "emitter exponent"));
  const demandModel = project.getDemandModel();
  const info = {
    epanet_version_int: ws.version,
    inp_options: { ...referenceOptions, ...pdaOptions },
    flow_units: FLOW_UNITS[flowUnits],
    headloss_formula: HEADLOSS[project.getOption(7)],
    unit_system: flowUnits >= 5 ? "SI" : "US",
    specific_gravity: project.getOption(12),
    options_api: {
      trials: project.getOption(0),
      accuracy: project.getOption(1),
      unbalanced: project.getOption(14),
      checkfreq: project.getOption(15),
      maxcheck: project.getOption(16),
      damplimit: project.getOption(17),
      demand_mult: project.getOption(4),
      emitexpon: project.getOption(3),
      viscosity_rel: project.getOption(13),
      headerror: project.getOption(5),
      flowchange: project.getOption(6),
    },
    times: {
      duration_s: project.getTimeParameter(0),
      hyd_step_s: project.getTimeParameter(1),
      pattern_step_s: project.getTimeParameter(3),
      pattern_start_s: project.getTimeParameter(4),
      report_step_s: project.getTimeParameter(5),
      report_start_s: project.getTimeParameter(6),
      rule_step_s: project.getTimeParameter(7),
      start_clocktime_s: project.getTimeParameter(10),
    },
    counts: {
      nodes: nodeCount,
      links: linkCount,
      node_types: nodeTypes,
      link_types: countBy(links),
      controls: project.getCount(5),
      rules: project.getCount(6),
      patterns: project.getCount(3),
      curves: project.getCount(4),
    },
  };
  if (demandModel.type !== 0) {
    // only the hand-built PDA cases carry this block; the reference networks are all demand-driven
    info.options_api.demand_model = { type: DEMAND_MODELS[demandModel.type], pmin: demandModel.pmin, preq: demandModel.preq, pexp: demandModel.pexp };
  }
  return { nodes, links, info };
}

function snapshotRows(project, nodes, links) {
  const rows = ["kind,index,id,type,elevation,demand,head,pressure,tank_level,from_node,to_node,flow,velocity,headloss,status,status_code,status_text,setting"];
  for (const n of nodes) {
    const head = project.getNodeValue(n.index, N.HEAD);
    const level = n.type === "TANK" ? num(head - n.elevation) : "";
    rows.push(`node,${n.index},${n.id},${n.type},${num(n.elevation)},${num(project.getNodeValue(n.index, N.DEMAND))},${num(head)},${num(project.getNodeValue(n.index, N.PRESSURE))},${level},,,,,,,,,`);
  }
  for (const l of links) {
    const code = project.getLinkValue(l.index, L.PUMP_STATE);
    const setting = l.type === "PIPE" || l.type === "CVPIPE" ? "" : num(project.getLinkValue(l.index, L.SETTING));
    rows.push(`link,${l.index},${l.id},${l.type},,,,,,${l.from},${l.to},${num(project.getLinkValue(l.index, L.FLOW))},${num(project.getLinkValue(l.index, L.VELOCITY))},${num(project.getLinkValue(l.index, L.HEADLOSS))},${num(project.getLinkValue(l.index, L.STATUS))},${code},${STATUS_TEXT[code]},${setting}`);
  }
  return rows.join("\n") + "\n";
}

function epsRows(project, t, nodes, links, out) {
  for (const n of nodes) {
    const head = project.getNodeValue(n.index, N.HEAD);
    out.push(`${t},node,${n.id},head,${num(head)}`);
    out.push(`${t},node,${n.id},pressure,${num(project.getNodeValue(n.index, N.PRESSURE))}`);
    out.push(`${t},node,${n.id},demand,${num(project.getNodeValue(n.index, N.DEMAND))}`);
    // EN_TANKLEVEL returns the initial level in 2.2, so the level is head - elevation
    if (n.type === "TANK") out.push(`${t},node,${n.id},tank_level,${num(head - n.elevation)}`);
  }
  for (const l of links) {
    out.push(`${t},link,${l.id},flow,${num(project.getLinkValue(l.index, L.FLOW))}`);
    out.push(`${t},link,${l.id},status,${num(project.getLinkValue(l.index, L.STATUS))}`);
    if (l.type !== "PIPE" && l.type !== "CVPIPE") {
      out.push(`${t},link,${l.id},status_code,${project.getLinkValue(l.index, L.PUMP_STATE)}`);
      out.push(`${t},link,${l.id},setting,${num(project.getLinkValue(l.index, L.SETTING))}`);
    }
  }
}

/** One full run: open, the EPS loop up to `horizon` seconds reading every result, close. */
async function runOnce(inpBytes, horizon, readResults) {
  const started = now();
  const { ws, project } = await newProject();
  warnings.list = [];
  warnings.phase = "open";
  warnings.time = 0;
  ws.writeFile("model.inp", inpBytes);
  const openStart = now();
  project.open("model.inp", "model.rpt", "");
  const openMs = now() - openStart;
  const model = describe(project, ws, Buffer.from(inpBytes).toString("latin1"));
  const hydStart = now();
  warnings.phase = "hydraulics";
  project.openH();
  project.initH(0);
  let snapshot = "";
  const eps = readResults ? ["time_s,kind,id,property,value"] : null;
  const steps = [];
  let t = 0;
  let tstep = 0;
  do {
    const s0 = now();
    warnings.time = null;
    t = project.runH();
    const solveMs = now() - s0;
    // a warning raised inside runH belongs to the time that runH solved
    for (const w of warnings.list) if (w.time === null) w.time = t;
    warnings.time = t;
    const iterations = project.getStatistic(0);
    const relativeError = project.getStatistic(1);
    if (readResults) {
      if (steps.length === 0) snapshot = snapshotRows(project, model.nodes, model.links);
      epsRows(project, t, model.nodes, model.links, eps);
    }
    const n0 = now();
    tstep = project.nextH();
    steps.push({ time_s: t, iterations, relative_error: relativeError, solve_ms: solveMs, next_ms: now() - n0 });
  } while (tstep > 0 && t + tstep <= horizon);
  project.closeH();
  const hydraulicsWallMs = now() - hydStart;
  warnings.phase = "close";
  project.close();
  const report = ws.readFile("model.rpt");
  const warningLines = report.split(/\r?\n/).filter((line) => line.includes("WARNING")).map((line) => line.trim());
  return {
    model,
    snapshot,
    eps: eps ? eps.join("\n") + "\n" : "",
    epsRowCount: eps ? eps.length - 1 : 0,
    steps,
    openMs,
    hydraulicsWallMs,
    snapshotMs: steps[0].solve_ms,
    epsMs: steps.reduce((sum, s) => sum + s.solve_ms + s.next_ms, 0),
    warningLines,
    toolkitWarnings: summariseWarnings(warnings.list),
    totalMs: now() - started,
    wasmHeapBytes: ws.instance.HEAP8.buffer.byteLength,
  };
}

const gzip = (text) => zlib.gzipSync(Buffer.from(text, "utf8"), { level: 9 });

async function results(opts) {
  const inpPath = opts.inp;
  const name = opts.name ?? path.basename(inpPath, path.extname(inpPath));
  const label = opts.label ?? path.join(path.basename(path.dirname(path.resolve(inpPath))), path.basename(inpPath));
  const horizon = Number(opts.hours ?? 24) * 3600;
  const repeat = Number(opts.repeat ?? 3);
  const inpBytes = fs.readFileSync(inpPath);
  const runs = [];
  for (let i = 0; i < repeat; i++) runs.push(await runOnce(inpBytes, horizon, true));
  const last = runs[runs.length - 1];
  for (const r of runs) {
    if (r.eps !== last.eps || r.snapshot !== last.snapshot) throw new Error(`${name}: repeated runs differ`);
  }
  // the step list comes from the run whose EPS time is the median one
  const medianEps = median(runs.map((r) => r.epsMs));
  const typical = runs.find((r) => r.epsMs === medianEps) ?? last;
  fs.mkdirSync(opts.out, { recursive: true });
  fs.writeFileSync(path.join(opts.out, "snapshot_t0.csv.gz"), gzip(last.snapshot));
  fs.writeFileSync(path.join(opts.out, "eps_24h.csv.gz"), gzip(last.eps));
  const info = {
    network: name,
    inp_file: label,
    engine_subpath: ENGINE_SUBPATH,
    ...last.model.info,
    snapshot_solve_ms: round(median(runs.map((r) => r.snapshotMs)), 3),
    hydraulics_wall_ms: round(median(runs.map((r) => r.hydraulicsWallMs)), 1),
    solve_ms_sum: round(medianEps, 1),
    open_ms: round(median(runs.map((r) => r.openMs)), 1),
    eps_times: last.steps.length,
    eps_last_time_s: last.steps[last.steps.length - 1].time_s,
    steps: typical.steps.map((s) => ({ time_s: s.time_s, iterations: s.iterations, relative_error: s.relative_error, solve_ms: round(s.solve_ms, 3) })),
    report_warning_lines_total: last.warningLines.length,
    report_warning_lines: last.warningLines.slice(0, 40),
    toolkit_warnings: last.toolkitWarnings,
    eps_rows: last.epsRowCount,
    eps_raw_bytes: Buffer.byteLength(last.eps, "utf8"),
    total_wall_ms: round(median(runs.map((r) => r.totalMs)), 1),
  };
  fs.writeFileSync(path.join(opts.out, "run_info.json"), JSON.stringify(info, null, 1));
  console.log(`${name}: ${info.counts.nodes} nodes, ${info.counts.links} links, ${info.eps_times} EPS times up to ${info.eps_last_time_s} s, ` +
    `snapshot ${info.snapshot_solve_ms} ms, EPS ${info.solve_ms_sum} ms, warnings ${info.toolkit_warnings.length + info.report_warning_lines_total} -> ${opts.out}`);
}

/** The hydraulic pass up to the horizon, its results saved in the engine for the quality pass. */
function runSavedHydraulics(project, horizon) {
  project.openH();
  project.initH(1);
  let t = 0;
  let tstep = 0;
  do {
    t = project.runH();
    tstep = project.nextH();
  } while (tstep > 0 && t + tstep <= horizon);
  project.closeH();
}

/** Sets the quality analysis of --quality MODE on an opened project (see the comment at the top). */
function applyQualityMode(project, model, mode) {
  if (mode === "age") {
    project.setQualityType(2, "", "", "");
  } else if (mode.startsWith("trace:")) {
    project.setQualityType(3, "", "", mode.slice("trace:".length));
  } else if (mode.startsWith("chlorine")) {
    project.setQualityType(1, "Chlorine", "mg/L", "");
    // "chlorine:C0" makes every reservoir supply water at C0 (for a file without a chlorine source);
    // "chlorine:C0:KB" also gives every pipe and tank the first-order bulk coefficient KB (1/day)
    const [, c0, kb] = mode.split(":").map(Number);
    if (!Number.isNaN(c0)) for (const n of model.nodes) if (n.type === "RESERVOIR") project.setNodeValue(n.index, N.INITQUAL, c0);
    if (!Number.isNaN(kb)) {
      for (const l of model.links) if (l.type === "PIPE" || l.type === "CVPIPE") project.setLinkValue(l.index, L.KBULK, kb);
      for (const n of model.nodes) if (n.type === "TANK") project.setNodeValue(n.index, N.TANK_KBULK, kb);
    }
  } else if (mode !== "file") {
    throw new Error(`unknown --quality ${mode}; expected file, chlorine[:C0[:KB]], age or trace:NODE`);
  }
}

async function quality(opts) {
  const inpPath = opts.inp;
  const name = opts.name ?? path.basename(inpPath, path.extname(inpPath));
  const horizon = Number(opts.hours ?? 24) * 3600;
  const mode = opts.quality ?? "file";
  const { ws, project } = await newProject();
  ws.writeFile("model.inp", fs.readFileSync(inpPath));
  project.open("model.inp", "model.rpt", "");
  const model = describe(project, ws, fs.readFileSync(inpPath, "latin1"));
  applyQualityMode(project, model, mode);
  const qualInfo = project.getQualityInfo();
  const qualitySettings = {
    quality_step_s: project.getTimeParameter(2),
    options_api: { tolerance: project.getOption(2), bulk_order: project.getOption(19), wall_order: project.getOption(20), tank_order: project.getOption(21), diffusivity_rel: project.getOption(18) },
  };
  // the quality pass reads the saved hydraulics to the file's end, so the duration is cut to the horizon
  if (project.getTimeParameter(0) > horizon) project.setTimeParameter(0, horizon);
  // hydraulics first, saved in the engine, then the quality loop over the same time steps
  runSavedHydraulics(project, horizon);
  let t = 0;
  let tstep = 0;
  const out = ["time_s,kind,id,property,value"];
  warnings.phase = "quality";
  project.openQ();
  project.initQ(0);
  const q0 = now();
  do {
    t = project.runQ();
    warnings.time = t;
    if (t > horizon) break;
    for (const n of model.nodes) out.push(`${t},node,${n.id},quality,${num(project.getNodeValue(n.index, N.QUALITY))}`);
    for (const l of model.links) out.push(`${t},link,${l.id},quality,${num(project.getLinkValue(l.index, L.QUALITY))}`);
    tstep = project.nextQ();
  } while (tstep > 0);
  const qualityMs = now() - q0;
  project.closeQ();
  project.close();
  fs.mkdirSync(opts.out, { recursive: true });
  const text = out.join("\n") + "\n";
  fs.writeFileSync(path.join(opts.out, "quality_24h.csv.gz"), gzip(text));
  const info = {
    network: name,
    engine_subpath: ENGINE_SUBPATH,
    epanet_version_int: ws.version,
    quality_mode: mode,
    quality_type: ["NONE", "CHEMICAL", "AGE", "TRACE"][qualInfo.qualType],
    chem_name: qualInfo.chemName,
    chem_units: qualInfo.chemUnits,
    trace_node: qualInfo.traceNode ? model.nodes[qualInfo.traceNode - 1].id : "",
    ...qualitySettings,
    times: [...new Set(out.slice(1).map((r) => Number(r.split(",", 1)[0])))].length,
    rows: out.length - 1,
    raw_bytes: Buffer.byteLength(text, "utf8"),
    quality_wall_ms: round(qualityMs, 1),
    toolkit_warnings: summariseWarnings(warnings.list),
  };
  fs.writeFileSync(path.join(opts.out, "quality_info.json"), JSON.stringify(info, null, 1));
  console.log(`${name}: quality ${info.quality_type} ${info.chem_name}${info.trace_node}, ${info.times} times, ${info.rows} rows -> ${opts.out}`);
}

async function time(opts, files) {
  const runs = Number(opts.runs ?? 5);
  const horizon = Number(opts.hours ?? 24) * 3600;
  // one throw-away run so that the first network does not carry the WebAssembly compilation
  if (files.length) await runOnce(fs.readFileSync(files[0]), horizon, false);
  for (const file of files) {
    const inpBytes = fs.readFileSync(file);
    const samples = [];
    let peakRss = process.memoryUsage().rss;
    for (let i = 0; i < runs; i++) {
      samples.push(await runOnce(inpBytes, horizon, false));
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    const r = samples[0];
    console.log(JSON.stringify({
      file,
      network: path.basename(file, path.extname(file)),
      junctions: r.model.info.counts.node_types.JUNCTION ?? 0,
      nodes: r.model.info.counts.nodes,
      links: r.model.info.counts.links,
      runs,
      snapshot_ms: median(samples.map((s) => s.snapshotMs)),
      eps_ms: median(samples.map((s) => s.epsMs)),
      // the fastest run too: on a shared machine the median carries other processes' load
      snapshot_min_ms: Math.min(...samples.map((s) => s.snapshotMs)),
      eps_min_ms: Math.min(...samples.map((s) => s.epsMs)),
      eps_times: r.steps.length,
      iterations_t0: r.steps[0].iterations,
      open_ms: median(samples.map((s) => s.openMs)),
      wasm_heap_bytes: Math.max(...samples.map((s) => s.wasmHeapBytes)),
      process_rss_bytes: peakRss,
      warnings: r.toolkitWarnings.map((w) => w.msg),
    }));
  }
}

/** Median times of the 24 h hydraulic pass and of the quality pass over it (no results read), after a warm-up run. */
async function qualityTime(opts) {
  const inpPath = opts.inp;
  const inpBytes = fs.readFileSync(inpPath);
  const horizon = Number(opts.hours ?? 24) * 3600;
  const mode = opts.quality ?? "file";
  const runs = Number(opts.runs ?? 3);
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    const { ws, project } = await newProject();
    ws.writeFile("model.inp", inpBytes);
    project.open("model.inp", "model.rpt", "");
    applyQualityMode(project, describe(project, ws, Buffer.from(inpBytes).toString("latin1")), mode);
    if (project.getTimeParameter(0) > horizon) project.setTimeParameter(0, horizon);
    const c0 = process.cpuUsage();
    const h0 = now();
    runSavedHydraulics(project, horizon);
    const q0 = now();
    project.openQ();
    project.initQ(0);
    let tstep = 0;
    do {
      project.runQ();
      tstep = project.nextQ();
    } while (tstep > 0);
    project.closeQ();
    const q1 = now();
    const cpu = process.cpuUsage(c0);
    project.close();
    if (i > 0) samples.push({ hydraulicsMs: q0 - h0, qualityMs: q1 - q0, cpuMs: (cpu.user + cpu.system) / 1000 });
  }
  console.log(JSON.stringify({
    file: inpPath,
    quality_mode: mode,
    runs,
    hydraulics_ms: round(median(samples.map((s) => s.hydraulicsMs)), 2),
    quality_ms: round(median(samples.map((s) => s.qualityMs)), 2),
    total_ms: round(median(samples.map((s) => s.hydraulicsMs + s.qualityMs)), 2),
    // the fastest run too: on a shared machine the median carries other processes' load
    total_min_ms: round(Math.min(...samples.map((s) => s.hydraulicsMs + s.qualityMs)), 2),
    // CPU time of the Node process (all its threads) over both passes, the fastest run: steadier under load
    total_cpu_min_ms: round(Math.min(...samples.map((s) => s.cpuMs)), 2),
  }));
}

function parseArgs(argv) {
  const opts = {};
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith("--")) opts[argv[i].slice(2)] = argv[++i];
    else rest.push(argv[i]);
  }
  return { opts, rest };
}

const [command, ...args] = process.argv.slice(2);
const { opts, rest } = parseArgs(args);
try {
  if (command === "results") await results(opts);
  else if (command === "quality") await quality(opts);
  else if (command === "quality-time") await qualityTime(opts);
  else if (command === "time") await time(opts, rest);
  else {
    console.error("usage: node epanet-run.mjs results|quality|quality-time|time ... (see the comment at the top of this file)");
    process.exit(2);
  }
} catch (e) {
  console.error(`epanet-run: ${e.message}`);
  process.exit(1);
}
