package kiosque.web;

/** The JSON body of every error answer: a short name of what went wrong and a sentence saying where. */
public record ErrorResponse(String error, String detail) {}
