package kiosque.web;

import java.util.List;

/** A paragraph or a sub-heading of an article body, ready to render. */
public record Block(boolean heading, List<Segment> segments) {}
