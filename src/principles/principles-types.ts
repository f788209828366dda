/** One principle (or any titled point). */
export interface Principle {
  /** Used for the URL fragment that opens it (`#safety-first`); made from the title when absent. */
  id?: string;
  title: string;
  description?: string;
}

/** The data `<hr-principles>` accepts. A bare array of principles is accepted too. */
export interface PrinciplesData {
  title?: string;
  intro?: string;
  principles: Principle[];
}
