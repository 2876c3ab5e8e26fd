// EPA figure 6-1 as the investigation panel presents it: each step's wording and the label of each move.
// The server's transition table decides which moves exist; this only names them.

export const STEPS = [
  ['RECEIVE_ALERT', 1, 'Receive an AMI alert.'],
  ['REVIEW_DATA', 2, 'Review available data to investigate cause (e.g. meter faults, work orders, and data and alerts from other SRS components).'],
  ['CAN_DATA_REVIEW_DETERMINE_INVALID', 3, 'Can data review determine the alert is invalid? (e.g. due to meter malfunction or a maintenance error)'],
  ['CAN_CONTAMINATION_BE_RULED_OUT', 4, 'Can contamination be ruled out through data review?'],
  ['INSPECT_ON_SITE', 5, 'Inspect meter and conduct an on-site investigation, using appropriate safety measures.'],
  ['SIGNS_OF_CONTAMINATION', 6, 'Are there signs of contamination?'],
  ['DETERMINE_CAUSE', 7, 'Determine alert cause and follow up as needed.'],
  ['CLOSE_AND_LOG', 8, 'Close investigation and log incident.'],
  ['CONTAMINATION_SUSPECTED', 9, 'Contamination is suspected. Notify designated personnel and initiate Water Contamination Response.'],
].map(([name, number, wording]) => ({name, number, wording}));

export function stepOf(name) {
  return STEPS.find(s => s.name === name);
}

/** The button text of the move from `from` to `to`. */
export function moveLabel(from, to) {
  const labels = {
    'RECEIVE_ALERT>REVIEW_DATA': 'Acknowledge and start the data review',
    'REVIEW_DATA>CAN_DATA_REVIEW_DETERMINE_INVALID': 'Data review done',
    'CAN_DATA_REVIEW_DETERMINE_INVALID>CLOSE_AND_LOG': 'Yes, the alert is invalid: close with a cause',
    'CAN_DATA_REVIEW_DETERMINE_INVALID>CAN_CONTAMINATION_BE_RULED_OUT': 'No, it is not shown invalid',
    'CAN_CONTAMINATION_BE_RULED_OUT>CLOSE_AND_LOG': 'Yes, contamination is ruled out: close with a cause',
    'CAN_CONTAMINATION_BE_RULED_OUT>INSPECT_ON_SITE': 'No: inspect on site',
    'INSPECT_ON_SITE>SIGNS_OF_CONTAMINATION': 'Site inspected',
    'SIGNS_OF_CONTAMINATION>CONTAMINATION_SUSPECTED': 'Yes: start Water Contamination Response',
    'SIGNS_OF_CONTAMINATION>DETERMINE_CAUSE': 'No signs of contamination',
    'DETERMINE_CAUSE>CLOSE_AND_LOG': 'Close with a cause',
  };
  return labels[`${from}>${to}`] ?? `Move to step ${stepOf(to).number}`;
}

/**
 * The causes a close from `step` may carry (figure 6-1 and the domain's rule): after step 3 an invalid
 * cause, after step 4 anything but possible contamination, after step 7 any cause.
 */
export function causesForClose(step, causes) {
  if (step === 'CAN_DATA_REVIEW_DETERMINE_INVALID') return causes.filter(c => !isValidCategory(c.category));
  if (step === 'CAN_CONTAMINATION_BE_RULED_OUT') return causes.filter(c => c.category !== 'POSSIBLE_CONTAMINATION');
  return causes;
}

// Table 6-1: the first four categories mean the alert was invalid.
const INVALID = ['EMPLOYEE_ERROR', 'EQUIPMENT_ISSUE', 'DATA_ANALYSIS_ERROR', 'ENVIRONMENTAL'];

export function isValidCategory(category) {
  return !INVALID.includes(category);
}

const INVESTIGATORS = ['ADMINISTRATOR', 'AMI_MANAGER', 'CONTROL_CENTER_OPERATOR', 'WATER_QUALITY_SUPERVISOR'];
const FIELD_STEPS = ['INSPECT_ON_SITE', 'SIGNS_OF_CONTAMINATION', 'DETERMINE_CAUSE'];

/** Whether the signed-in user may make the move to `to` (mirrors the server's access policy). */
export function mayMove(roles, to) {
  if (roles.some(r => INVESTIGATORS.includes(r))) return true;
  return roles.includes('METER_TECHNICIAN') && FIELD_STEPS.includes(to);
}

export function mayOpen(roles) {
  return roles.some(r => INVESTIGATORS.includes(r));
}
