package org.parley.evaluate;

/** The police-action labels of IndiaPoliceEvents. */
public enum PoliceLabel {
  ARREST,
  KILL,
  FORCE,
  FAIL,
  ANY_ACTION
}
