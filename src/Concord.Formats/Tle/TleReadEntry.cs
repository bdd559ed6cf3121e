namespace Concord.Formats.Tle;

/// <summary>One set read by <see cref="TleReader"/>, with where it came from.</summary>
/// <param name="Tle">The element set.</param>
/// <param name="FirstLine">1-based input line where the set starts (its name line, or line 1 for a 2-line set).</param>
/// <param name="Line1TrailingText">Text after column 69 of TLE line 1 (column 70 being whitespace), trimmed; null if none.</param>
/// <param name="Line2TrailingText">Text after column 69 of TLE line 2, trimmed; null if none. Vallado's SGP4-VER.TLE
/// keeps the start, stop and step minutes of each verification run here.</param>
public sealed record TleReadEntry(Tle Tle, int FirstLine, string? Line1TrailingText, string? Line2TrailingText);
