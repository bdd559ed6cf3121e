using System.Collections.Immutable;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Cdm;

/// <summary>What <see cref="CdmReader"/> read from one input: every valid message, and every problem.</summary>
/// <remarks>A message with an error is left out of <see cref="Messages"/> (its entry keeps the diagnostics).
/// <see cref="Success"/> is false as soon as one error exists, or when no message was found. Immutable.</remarks>
public sealed class CdmReadResult
{
    internal CdmReadResult(CcsdsFormat format, ImmutableArray<CdmReadEntry> entries, ImmutableArray<Diagnostic> diagnostics)
    {
        Format = format;
        Entries = entries;
        Diagnostics = diagnostics;
        Messages = [.. entries.Where(e => e.Message is not null).Select(e => e.Message!)];
    }

    /// <summary>The encoding detected from the content.</summary>
    public CcsdsFormat Format { get; }

    /// <summary>The valid messages, in input order.</summary>
    public ImmutableArray<Cdm> Messages { get; }

    /// <summary>Every message found, valid or not, with its line and diagnostics.</summary>
    public ImmutableArray<CdmReadEntry> Entries { get; }

    /// <summary>Every diagnostic, in line order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when no diagnostic is an error.</summary>
    public bool Success => !Diagnostics.Any(d => d.IsError);
}
