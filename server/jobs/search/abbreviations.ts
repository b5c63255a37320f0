/**
 * Abbreviations people type for the bodies, posts and plans in the documents,
 * each with the long forms it stands for, written as the full-text index holds
 * names (normaliseForSearch: lower case, '&' as 'and', no apostrophes or
 * punctuation). A query term found here is searched as itself (an alias) or as
 * any of its long forms (a name). Add entries here, not in code.
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  // Boards and partnerships
  hwb: ["health and wellbeing board", "health and well being board"],
  lscb: ["local safeguarding children board", "safeguarding children board"],
  escb: ["essex safeguarding children board"],
  scb: ["safeguarding children board"],
  sfacg: ["success for all children group", "success for all group"],
  cypsp: ["children and young peoples strategic partnership"],
  cypsps: ["children and young peoples strategic partnerships"],
  csp: ["community safety partnership"],
  ssp: ["school sports partnership", "school sports partnerships"],
  maag: ["multi agency allocation group"],
  maags: ["multi agency allocation groups"],
  marat: ["multi agency risk assessment team"],
  dmt: ["departmental management team"],
  cmt: ["corporate management team"],
  tascc: ["teams around schools children and communities"],
  tasccs: ["teams around schools children and communities"],
  // Organisations
  ccg: ["clinical commissioning group"],
  ccgs: ["clinical commissioning groups"],
  pct: ["primary care trust"],
  pcts: ["primary care trusts"],
  icb: ["integrated care board"],
  ecc: ["essex county council"],
  sbc: ["southend borough council"],
  ep: ["essex police"],
  ph: ["public health"],
  sept: ["south essex partnership"],
  suhft: ["southend university hospital"],
  scf: ["schools children and families"],
  vcs: ["voluntary and community sector"],
  cvs: ["council for voluntary service", "councils for voluntary service"],
  savs: ["southend association of voluntary services"],
  camhs: ["child and adolescent mental health services"],
  yos: ["youth offending service"],
  iyss: ["integrated youth support service", "integrated youth support strategy"],
  // Plans, assessments and subjects
  cyp: ["children and young people", "children and young peoples"],
  cypp: ["children and young peoples plan"],
  jsna: ["joint strategic needs assessment"],
  jhws: ["joint health and wellbeing strategy"],
  tor: ["terms of reference"],
  cse: ["child sexual exploitation"],
  lac: ["looked after children"],
  cla: ["children looked after"],
  cin: ["children in need"],
  neet: ["not in education employment or training"],
  send: ["special educational needs and disabilities", "send reforms"],
  sen: ["special educational needs"],
  ehcp: ["education health and care plan"],
  fnp: ["family nurse partnership"],
  dcs: ["director of childrens services"],
};

/** The long forms an abbreviation stands for; none when the term is not one. */
export function expandAbbreviation(term: string): readonly string[] {
  return Object.hasOwn(ABBREVIATIONS, term) ? (ABBREVIATIONS[term] ?? []) : [];
}
