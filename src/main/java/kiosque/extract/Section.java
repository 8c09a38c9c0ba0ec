package kiosque.extract;

/** Which part of an article an offset points into. */
public enum Section { TITLE, LEDE, BODY }
