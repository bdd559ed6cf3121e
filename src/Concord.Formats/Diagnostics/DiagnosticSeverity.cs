namespace Concord.Formats.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input is defective: the element it concerns is not part of the result.</summary>
    Error = 0,

    /// <summary>The input is usable but irregular (for example a bad TLE checksum read under
    /// <see cref="Tle.ChecksumPolicy.Warn"/>); the element it concerns is kept.</summary>
    Warning = 1,
}
