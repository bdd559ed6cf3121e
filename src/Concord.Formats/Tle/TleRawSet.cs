namespace Concord.Formats.Tle;

/// <summary>A name line (or null) and two element lines, trailing whitespace removed, with their input line numbers.</summary>
internal readonly record struct TleRawSet(string? Name, int FirstLine, string Line1, int Line1Number, string Line2, int Line2Number);
