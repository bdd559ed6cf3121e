using System.Collections.Immutable;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds;

/// <summary>What a CCSDS reader read from one input: the detected encoding, every valid message, every message found
/// (valid or not) with its line and diagnostics, and every problem (R13).</summary>
/// <typeparam name="T">The message model.</typeparam>
/// <remarks>A message with an error is left out of <see cref="Messages"/> (its entry keeps the diagnostics); the others
/// are kept. <see cref="Success"/> is false as soon as one error exists, or when no message was found. Messages that come
/// one per document (OPM, OEM) have at most one entry, also given as <see cref="Message"/>. Immutable and thread-safe.</remarks>
public class CcsdsReadResult<T>
    where T : class
{
    internal CcsdsReadResult(CcsdsFormat format, ImmutableArray<CcsdsReadEntry<T>> entries, ImmutableArray<Diagnostic> diagnostics)
    {
        Format = format;
        Entries = entries.IsDefault ? [] : entries;
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
        Messages = [.. Entries.Where(e => e.Message is not null).Select(e => e.Message!)];
    }

    /// <summary>The encoding detected from the content.</summary>
    public CcsdsFormat Format { get; }

    /// <summary>The valid messages, in input order.</summary>
    public ImmutableArray<T> Messages { get; }

    /// <summary>The message when exactly one valid message was read (always the case for a valid OPM or OEM); otherwise null.</summary>
    public T? Message => Messages.Length == 1 ? Messages[0] : null;

    /// <summary>Every message found, valid or not, with its line and diagnostics.</summary>
    public ImmutableArray<CcsdsReadEntry<T>> Entries { get; }

    /// <summary>Every diagnostic (those of the entries, and those of the input as a whole), in line order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when no diagnostic is an error and at least one message was read.</summary>
    public bool Success => !Messages.IsEmpty && !Diagnostics.Any(d => d.IsError);
}
