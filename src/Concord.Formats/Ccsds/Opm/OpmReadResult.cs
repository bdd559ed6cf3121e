using System.Collections.Immutable;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Opm;

/// <summary>The result of reading an OPM.</summary>
public sealed class OpmReadResult
{
    internal OpmReadResult(CcsdsFormat format, Opm? message, ImmutableArray<Diagnostic> diagnostics)
    {
        Format = format;
        Message = message;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the detected encoding.</summary>
    public CcsdsFormat Format { get; }

    /// <summary>Gets the message, or <c>null</c> when an error was found.</summary>
    public Opm? Message { get; }

    /// <summary>Gets the diagnostics, ordered by line.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether a message was read without errors.</summary>
    public bool Success => Message is not null && !Diagnostics.Any(d => d.IsError);
}
