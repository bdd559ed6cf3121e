using System.Collections.Immutable;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tle;

/// <summary>What <see cref="TleReader"/> read: every well-formed set, and a diagnostic for each problem.</summary>
/// <remarks>A defective set is skipped with at least one error; the other sets are kept, and the caller decides
/// whether a partial read is acceptable (<see cref="Success"/> is false as soon as one error exists).
/// Immutable and thread-safe.</remarks>
public sealed class TleReadResult
{
    internal TleReadResult(ImmutableArray<TleReadEntry> entries, ImmutableArray<Diagnostic> diagnostics)
    {
        Entries = entries;
        Diagnostics = diagnostics;
        var sets = ImmutableArray.CreateBuilder<Tle>(entries.Length);
        foreach (TleReadEntry entry in entries)
        {
            sets.Add(entry.Tle);
        }

        Sets = sets.MoveToImmutable();
    }

    /// <summary>The well-formed sets, in input order.</summary>
    public ImmutableArray<Tle> Sets { get; }

    /// <summary>The same sets with their input line and any text after column 69.</summary>
    public ImmutableArray<TleReadEntry> Entries { get; }

    /// <summary>Errors (set skipped) and warnings (set kept), in input order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when no diagnostic is an error.</summary>
    public bool Success => !Diagnostics.Any(d => d.IsError);
}
