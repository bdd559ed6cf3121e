using Concord.Hub.Agencies;
using Concord.Hub.SpaceObjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class OwnershipGrantConfiguration : IEntityTypeConfiguration<OwnershipGrant>
{
    public void Configure(EntityTypeBuilder<OwnershipGrant> builder)
    {
        builder.ToTable("ownership_grants");
        builder.HasKey(g => g.Id);
        builder.HasIndex(g => g.Agency);
        builder.Property(g => g.Agency).HasMaxLength(AgencyRules.MaxCodeLength).IsRequired();
        builder.Property(g => g.CreatedAt).IsRequired();
    }
}
