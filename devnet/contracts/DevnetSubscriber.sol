// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice Devnet V4 subscriber (v4-periphery ISubscriber): counts the notifications PositionManager sends for
/// subscribed positions. PositionInfo and BalanceDelta are passed as their underlying uint256 / int256, which
/// gives ISubscriber's selectors.
contract DevnetSubscriber {
    address public immutable positionManager;
    mapping(uint256 => uint256) public notifications;
    mapping(uint256 => bool) public subscribed;

    error NotPositionManager();

    constructor(address manager) {
        positionManager = manager;
    }

    modifier onlyPositionManager() {
        if (msg.sender != positionManager) revert NotPositionManager();
        _;
    }

    function notifySubscribe(uint256 tokenId, bytes memory) external onlyPositionManager {
        subscribed[tokenId] = true;
        notifications[tokenId]++;
    }

    function notifyUnsubscribe(uint256 tokenId) external onlyPositionManager {
        subscribed[tokenId] = false;
        notifications[tokenId]++;
    }

    function notifyBurn(uint256 tokenId, address, uint256, uint256, int256) external onlyPositionManager {
        subscribed[tokenId] = false;
        notifications[tokenId]++;
    }

    function notifyModifyLiquidity(uint256 tokenId, int256, int256) external onlyPositionManager {
        notifications[tokenId]++;
    }
}
