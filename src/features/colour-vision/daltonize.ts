/**
 * Daltonisation matrices, collapsed into one 3×3 matrix per deficiency, for an SVG feColorMatrix
 * working in linear RGB (the filter's default colour space).
 *
 *   D = I + S · (I − Sim)
 *
 * Sim simulates the dichromat's view (Machado, Oliveira & Fernandes 2009, severity 1.0, linear RGB);
 * I − Sim is the information they lose; S moves it into channels they still see (Fidaner, Lin &
 * Ozguven's daltonize "error shift"; for tritanopia the blue error goes to red and green).
 * Every row of Sim sums to 1, so whites and greys stay exactly as they are.
 * See: https://www.inf.ufrgs.br/~oliveira/pubs_files/CVD_Simulation/CVD_Simulation.html
 */
export type Matrix3 = readonly [readonly [number, number, number], readonly [number, number, number], readonly [number, number, number]];
type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

export const SIMULATION: Readonly<Record<Deficiency, Matrix3>> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const RED_GREEN_SHIFT: Matrix3 = [
  [0, 0, 0],
  [0.7, 1, 0],
  [0.7, 0, 1],
];
const SHIFT: Readonly<Record<Deficiency, Matrix3>> = {
  protanopia: RED_GREEN_SHIFT,
  deuteranopia: RED_GREEN_SHIFT,
  tritanopia: [
    [1, 0, 0.7],
    [0, 1, 0.7],
    [0, 0, 0],
  ],
};

/** The daltonisation matrix D for one deficiency. */
export function daltonizeMatrix(deficiency: Deficiency): Matrix3 {
  const sim = SIMULATION[deficiency];
  const shift = SHIFT[deficiency];
  const rows = [0, 1, 2].map((i) =>
    [0, 1, 2].map((j) => {
      let sum = i === j ? 1 : 0;
      for (let k = 0; k < 3; k++) sum += shift[i]![k]! * ((k === j ? 1 : 0) - sim[k]![j]!);
      return sum;
    }),
  );
  return rows as unknown as Matrix3;
}

/** `values` of an feColorMatrix of type "matrix" (4×5, alpha unchanged). */
export function feColorMatrixValues(m: Matrix3): string {
  return [...m.map((row) => [...row.map((v) => v.toFixed(5)), '0', '0'].join(' ')), '0 0 0 1 0'].join('  ');
}
