namespace Concord.Formats.Tle;

/// <summary>How <see cref="TleWriter"/> writes the name line of a set whose <see cref="Tle.Name"/> is set.</summary>
public enum TleNameLine
{
    /// <summary>The default: Space-Track 3LE style, <c>0 NAME</c>.</summary>
    ZeroPrefixed = 0,

    /// <summary>CelesTrak style, the bare name.</summary>
    Plain = 1,

    /// <summary>No name line: a 2-line set.</summary>
    Omit = 2,
}
