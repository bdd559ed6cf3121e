using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Concord.Formats.Diagnostics;
using Concord.Hub.Errors;

namespace Concord.Hub.Catalog;

/// <summary>The outcome of a submission: a receipt, or errors. When the message itself is invalid the error is
/// <see cref="HubErrorCodes.SubmissionInvalidContent"/> and <see cref="Diagnostics"/> lists every diagnostic of the
/// message (errors and warnings, in input order).</summary>
public sealed class SubmissionResult
{
    private SubmissionResult(SubmissionReceipt? receipt, IReadOnlyList<HubError> errors, ImmutableArray<Diagnostic> diagnostics)
    {
        Receipt = receipt;
        Errors = errors;
        Diagnostics = diagnostics;
    }

    /// <summary>Whether the submission was accepted (or replayed).</summary>
    [MemberNotNullWhen(true, nameof(Receipt))]
    public bool Success => Errors.Count == 0;

    /// <summary>The receipt, when <see cref="Success"/>.</summary>
    public SubmissionReceipt? Receipt { get; }

    /// <summary>Every error found.</summary>
    public IReadOnlyList<HubError> Errors { get; }

    /// <summary>The message's diagnostics when it was refused as invalid; empty otherwise.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>An accepted (or replayed) submission.</summary>
    public static SubmissionResult Ok(SubmissionReceipt receipt) => new(receipt, [], []);

    /// <summary>A refusal.</summary>
    public static SubmissionResult Fail(IReadOnlyList<HubError> errors)
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        return new(null, errors, []);
    }

    /// <summary>A refusal of an invalid message, with every diagnostic.</summary>
    public static SubmissionResult Invalid(ImmutableArray<Diagnostic> diagnostics)
    {
        int errors = diagnostics.Count(d => d.IsError);
        HubError error = HubError.Create(HubErrorCodes.SubmissionInvalidContent, HubErrorKind.Invalid,
            $"The message has {errors} error(s); nothing was stored.", errors.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new(null, [error], diagnostics);
    }
}
