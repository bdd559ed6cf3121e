using System.Diagnostics.CodeAnalysis;

namespace Concord.Hub.Errors;

/// <summary>The outcome of a hub operation: a value, or one or more <see cref="HubError"/>s (house style R13).</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class HubResult<T>
{
    private readonly T? _value;

    private HubResult(T? value, IReadOnlyList<HubError> errors)
    {
        _value = value;
        Errors = errors;
    }

    /// <summary>Whether the operation succeeded; then <see cref="Value"/> is set and nothing is in <see cref="Errors"/>.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success => Errors.Count == 0;

    /// <summary>The value; only meaningful when <see cref="Success"/>.</summary>
    public T? Value => _value;

    /// <summary>Every error found (validation reports all of them, not just the first).</summary>
    public IReadOnlyList<HubError> Errors { get; }

    /// <summary>A success.</summary>
    public static HubResult<T> Ok(T value) => new(value, []);

    /// <summary>A failure with at least one error.</summary>
    public static HubResult<T> Fail(IReadOnlyList<HubError> errors)
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        return new(default, errors);
    }

    /// <summary>A failure with one error.</summary>
    public static HubResult<T> Fail(HubError error) => new(default, [error]);
}
