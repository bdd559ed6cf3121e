namespace Concord.Formats.Tle;

/// <summary>Options of <see cref="TleWriter"/>. Immutable.</summary>
public sealed record TleWriteOptions
{
    /// <summary>3LE with <c>0 </c> prefixed names and LF line ends.</summary>
    public static TleWriteOptions Default { get; } = new();

    /// <summary>How the name line is written; default <see cref="TleNameLine.ZeroPrefixed"/>.</summary>
    public TleNameLine NameLine { get; init; } = TleNameLine.ZeroPrefixed;

    /// <summary>The line terminator, written after every line; default LF (<c>"\n"</c>). Use <c>"\r\n"</c> for CRLF.</summary>
    public string NewLine { get; init; } = "\n";
}
