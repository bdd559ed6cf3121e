using System.Collections.Immutable;
using Concord.Astro.Ephemerides;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Oem;

/// <summary>The result of mapping an OEM to ephemerides: one entry per segment, <c>null</c> where a segment cannot be mapped.</summary>
public sealed class OemEphemerisResult
{
    internal OemEphemerisResult(ImmutableArray<Ephemeris?> ephemerides, ImmutableArray<Diagnostic> diagnostics)
    {
        Ephemerides = ephemerides;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the ephemerides, one per segment in order, <c>null</c> for a segment that could not be mapped.</summary>
    public ImmutableArray<Ephemeris?> Ephemerides { get; }

    /// <summary>Gets the diagnostics (line 0: mapping works on the model, not the text).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether every segment was mapped.</summary>
    public bool Success => !Diagnostics.Any(d => d.IsError);
}
