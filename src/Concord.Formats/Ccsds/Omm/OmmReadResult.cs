using System.Collections.Immutable;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Omm;

/// <summary>What <see cref="OmmReader"/> read from one input: every valid message, and every problem.</summary>
/// <remarks>The generic <see cref="CcsdsReadResult{T}"/> under the name its callers use. Immutable and thread-safe.</remarks>
public sealed class OmmReadResult : CcsdsReadResult<Omm>
{
    internal OmmReadResult(CcsdsFormat format, ImmutableArray<CcsdsReadEntry<Omm>> entries, ImmutableArray<Diagnostic> diagnostics)
        : base(format, entries, diagnostics)
    {
    }
}
