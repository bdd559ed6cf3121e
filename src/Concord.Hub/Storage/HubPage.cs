namespace Concord.Hub.Storage;

/// <summary>One page of a listing: its items in the listing's order, and whether another page follows (at least one more
/// item the viewer may see lies after the last one).</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">At most the requested number of items.</param>
/// <param name="HasMore">Whether a next page exists.</param>
public sealed record HubPage<T>(IReadOnlyList<T> Items, bool HasMore);
