using System.Collections.Immutable;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Cdm;

/// <summary>What <see cref="CdmReader"/> read from one input: every valid message, and every problem.</summary>
/// <remarks>The generic <see cref="CcsdsReadResult{T}"/> under the name its callers use. Immutable and thread-safe.</remarks>
public sealed class CdmReadResult : CcsdsReadResult<Cdm>
{
    internal CdmReadResult(CcsdsFormat format, ImmutableArray<CcsdsReadEntry<Cdm>> entries, ImmutableArray<Diagnostic> diagnostics)
        : base(format, entries, diagnostics)
    {
    }
}
