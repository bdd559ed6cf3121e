using Concord.Hub.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class WebSessionConfiguration : IEntityTypeConfiguration<WebSession>
{
    public void Configure(EntityTypeBuilder<WebSession> builder)
    {
        builder.ToTable("web_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.TokenHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(s => s.TokenHash).IsUnique();
        builder.HasIndex(s => s.KeyId);
        builder.HasOne<ApiKey>().WithMany().HasForeignKey(s => s.KeyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.CreatedAt).IsRequired();
        builder.Property(s => s.LastSeenAt).IsRequired();
        builder.Property(s => s.ExpiresAt).IsRequired();
    }
}
