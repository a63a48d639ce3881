// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice A Tether-like token: approve/transfer/transferFrom return NO bool, and approve refuses to
/// change a non-zero allowance to another non-zero value (reset it to 0 first), like USDT on mainnet.
/// Eleven leading storage variables put `balances` at slot 11 and `allowed` at slot 12, past the
/// slots 0-9 a naive allowance-slot probe tries.
/// @dev Devnet only: anyone may mint. Works behind SlotProxy too (no constructor state).
contract UsdtLikeToken {
    uint256 public reserved0;
    uint256 public reserved1;
    uint256 public reserved2;
    uint256 public reserved3;
    uint256 public reserved4;
    uint256 public reserved5;
    uint256 public reserved6;
    uint256 public reserved7;
    uint256 public reserved8;
    uint256 public reserved9;
    uint256 public totalSupply;
    mapping(address => uint256) internal balances;
    mapping(address => mapping(address => uint256)) internal allowed;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    function name() external pure returns (string memory) {
        return "Tether-like USD";
    }

    function symbol() external pure returns (string memory) {
        return "USDT";
    }

    function decimals() external pure returns (uint8) {
        return 6;
    }

    function balanceOf(address owner) external view returns (uint256) {
        return balances[owner];
    }

    function allowance(address owner, address spender) external view returns (uint256) {
        return allowed[owner][spender];
    }

    function approve(address spender, uint256 value) external {
        require(value == 0 || allowed[msg.sender][spender] == 0, "USDT: reset allowance to 0 first");
        allowed[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
    }

    function transfer(address to, uint256 value) external {
        _move(msg.sender, to, value);
    }

    function transferFrom(address from, address to, uint256 value) external {
        uint256 current = allowed[from][msg.sender];
        require(current >= value, "USDT: allowance");
        if (current != type(uint256).max) allowed[from][msg.sender] = current - value;
        _move(from, to, value);
    }

    function mint(address to, uint256 value) external {
        totalSupply += value;
        balances[to] += value;
        emit Transfer(address(0), to, value);
    }

    function _move(address from, address to, uint256 value) private {
        require(balances[from] >= value, "USDT: balance");
        balances[from] -= value;
        balances[to] += value;
        emit Transfer(from, to, value);
    }
}

/// @notice A minimal EIP-1967 proxy (as USDC is one): every call is delegated to the implementation
/// stored at the EIP-1967 slot, so the token's storage (and its allowance mapping) lives here.
contract SlotProxy {
    bytes32 private constant IMPLEMENTATION_SLOT = 0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc;

    constructor(address implementation) {
        assembly {
            sstore(IMPLEMENTATION_SLOT, implementation)
        }
    }

    fallback() external payable {
        assembly {
            let implementation := sload(IMPLEMENTATION_SLOT)
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), implementation, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            switch ok
            case 0 { revert(0, returndatasize()) }
            default { return(0, returndatasize()) }
        }
    }
}
