using System.Collections.Immutable;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;

namespace Concord.Hub.Catalog;

/// <summary>A submitted message read and checked by <see cref="SubmissionReader"/>: its records when every one is
/// valid, and every diagnostic.</summary>
internal sealed record ParsedMessage(string Format, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The element sets of a TLE/3LE message.</summary>
    public ImmutableArray<Tle> Tles { get; init; } = [];

    /// <summary>The 1-based input line where each of <see cref="Tles"/> starts (same order).</summary>
    public ImmutableArray<int> TleLines { get; init; } = [];

    /// <summary>The SGP4 OMMs of an OMM message.</summary>
    public ImmutableArray<Omm> Omms { get; init; } = [];

    /// <summary>The 1-based input line where each of <see cref="Omms"/> starts (same order).</summary>
    public ImmutableArray<int> OmmLines { get; init; } = [];

    /// <summary>The segments of an OEM message, with their header.</summary>
    public Oem? Oem { get; init; }

    /// <summary>True when no diagnostic is an error.</summary>
    public bool IsValid => !Diagnostics.Any(d => d.IsError);

    /// <summary>Number of records the message would store.</summary>
    public int RecordCount => Tles.Length + Omms.Length + (Oem?.Segments.Count ?? 0);
}
